BRIEFINGS_SEARCH_WORDS("sei",{
"seized":"7u",
"seizes":"7u;7u"
});
