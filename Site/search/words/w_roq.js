BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"81",
"roquettes":"5s,29"
});
