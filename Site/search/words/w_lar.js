BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,3z",
"largely":"7k",
"largement":"2d",
"largest":"42,3i"
});
