BRIEFINGS_SEARCH_WORDS("rom",{
"roma":"3r",
"rome":"1a,c,25,3x,3;3r",
"rompre":"3w"
});
