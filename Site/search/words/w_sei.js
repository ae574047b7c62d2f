BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"85",
"seizes":"85;85"
});
