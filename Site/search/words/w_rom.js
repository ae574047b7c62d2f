BRIEFINGS_SEARCH_WORDS("rom",{
"rome":"1a,c,5u",
"rompre":"39"
});
