BRIEFINGS_SEARCH_WORDS("lar",{
"large":"3a,4b",
"largely":"7w",
"largement":"2d",
"largest":"45,3r"
});
