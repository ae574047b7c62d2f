BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4f,34",
"vises":"7j",
"visioconference":"j",
"visite":"1w,1d,f,40"
});
