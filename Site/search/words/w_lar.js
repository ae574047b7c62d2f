BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,4a",
"largely":"7v",
"largement":"2d",
"largest":"45,3q"
});
