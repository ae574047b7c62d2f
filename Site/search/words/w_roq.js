BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7r",
"roquettes":"5c,2f"
});
