BRIEFINGS_SEARCH_WORDS("two",{
"two":"4o,1,4,u,s,5,2,1,p,1,3,3,1;4o,1r,7,r"
});
