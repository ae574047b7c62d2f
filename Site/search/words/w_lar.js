BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3b,3x",
"largely":"7j",
"largement":"2e",
"largest":"43,3g"
});
