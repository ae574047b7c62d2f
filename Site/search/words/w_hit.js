BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"4u,t,1q,3;4u"
});
