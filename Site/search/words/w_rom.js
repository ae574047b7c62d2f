BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5w",
"rompre":"39"
});
