BRIEFINGS_SEARCH_WORDS("two",{
"two":"4o,1,4,u,p,6,2,4,l,1,3,3,1;4o,1w,q"
});
