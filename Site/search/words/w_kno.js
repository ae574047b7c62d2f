BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4f,3h",
"known":"7u"
});
