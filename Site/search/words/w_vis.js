BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"4e,37",
"vises":"7l",
"visioconference":"j",
"visite":"1w,1c,f,43"
});
