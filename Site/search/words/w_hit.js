BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"4u,t,1t,3;4u"
});
