BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3x,3x",
"largely":"85",
"largement":"2e",
"largest":"4p,3g"
});
