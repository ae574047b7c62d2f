BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5x",
"rompre":"39"
});
