BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7j",
"seizes":"7j;7j"
});
