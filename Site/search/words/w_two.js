BRIEFINGS_SEARCH_WORDS("two",{
"two":"4p,1,4,u,p,6,2,4,l,1,3,3,1;4p,1w,q"
});
