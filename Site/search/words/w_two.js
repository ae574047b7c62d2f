BRIEFINGS_SEARCH_WORDS("two",{
"two":"4t,1,4,t,w,5,2,1,p,1,3,3,1;4t,1u,7,r"
});
