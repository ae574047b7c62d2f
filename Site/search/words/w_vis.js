BRIEFINGS_SEARCH_WORDS("vis",{
"visait":"51,33",
"vises":"84",
"visioconference":"j",
"visite":"1w,1z,f,3z"
});
