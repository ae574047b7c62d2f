BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,41",
"largely":"7m",
"largement":"2d",
"largest":"42,3k"
});
