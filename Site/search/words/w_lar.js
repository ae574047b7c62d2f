BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,49",
"largely":"7u",
"largement":"2d",
"largest":"47,3n"
});
