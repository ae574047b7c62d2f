BRIEFINGS_SEARCH_WORDS("hif",{
"hifter":"1v"
});
