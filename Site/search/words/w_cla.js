BRIEFINGS_SEARCH_WORDS("cla",{
"clairement":"7q",
"clashing":"7l",
"classee":"1f,1u"
});
