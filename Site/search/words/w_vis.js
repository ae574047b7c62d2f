BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4f,33",
"vises":"7i",
"visioconference":"j",
"visite":"1w,1d,f,3z"
});
