BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4j,3c",
"vises":"7v",
"visioconference":"j",
"visite":"1w,1c,g,4c"
});
