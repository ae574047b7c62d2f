BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5j,3",
"rompre":"39"
});
