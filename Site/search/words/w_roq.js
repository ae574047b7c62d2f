BRIEFINGS_SEARCH_WORDS("roq",{
"roquette":"7q",
"roquettes":"5b,2f"
});
