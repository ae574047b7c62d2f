BRIEFINGS_SEARCH_WORDS("clo",{
"closed":"4z,r,u,r,3,3,5;4z,r,u"
});
