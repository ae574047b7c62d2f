BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4e,34",
"vises":"7i",
"visioconference":"j",
"visite":"1w,1c,f,40"
});
