BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4j,3d",
"vises":"7w",
"visioconference":"j",
"visite":"1w,1c,g,4d"
});
