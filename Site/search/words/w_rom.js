BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5v",
"rompre":"39"
});
