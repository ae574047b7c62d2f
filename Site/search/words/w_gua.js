BRIEFINGS_SEARCH_WORDS("gua",{
"guard":"17,5,9,1c,4b",
"guards":"1c,9"
});
