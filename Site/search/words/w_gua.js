BRIEFINGS_SEARCH_WORDS("gua",{
"guard":"17,5,9,1c,48",
"guards":"1c,9"
});
