BRIEFINGS_SEARCH_WORDS("ylv",{
"ylva":"37;37"
});
