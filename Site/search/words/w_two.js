BRIEFINGS_SEARCH_WORDS("two",{
"two":"4m,1,4,t,t,5,2,1,p,1,3,3,1;4m,1r,7,r"
});
