/** Every page of the built site a student or teacher can open (the 404 page aside). */
export const PAGES = [
  '/',
  '/paramedics-walkout/',
  '/paramedics-walkout/article/',
  '/paramedics-walkout/first-impressions/',
  '/paramedics-walkout/red-flags/',
  '/paramedics-walkout/red-flags/kinds/',
  '/paramedics-walkout/red-flags/answers/',
  '/paramedics-walkout/experts/',
  '/paramedics-walkout/statistics/',
  '/paramedics-walkout/second-look/',
  '/paramedics-walkout/summary/',
  '/teach/',
  '/teach/assign/',
  '/teach/check/',
  '/teach/class/',
  '/sources/',
];
