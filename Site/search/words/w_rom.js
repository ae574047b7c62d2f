BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5g,3",
"rompre":"3a"
});
