BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7f",
"roquettes":"56,29"
});
