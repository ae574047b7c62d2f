BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4d,36",
"vises":"7j",
"visioconference":"j",
"visite":"1w,1c,f,41"
});
