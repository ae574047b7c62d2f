BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,4c",
"largely":"7x",
"largement":"2d",
"largest":"48,3p"
});
