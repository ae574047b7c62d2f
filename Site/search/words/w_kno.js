BRIEFINGS_SEARCH_WORDS("kno",{
"knocked":"4f,3h;4f",
"known":"7u"
});
