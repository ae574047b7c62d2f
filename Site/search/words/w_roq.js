BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7s",
"roquettes":"5c,2g"
});
