BRIEFINGS_SEARCH_WORDS("two",{
"two":"4o,1,4,u,p,6,1,4,m,1,3,3,1;4o,1v,r"
});
