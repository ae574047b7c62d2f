BRIEFINGS_SEARCH_WORDS("ylv",{
"ylva":"36;36"
});
