BRIEFINGS_SEARCH_WORDS("poc",{
"poche":"1,2u"
});
