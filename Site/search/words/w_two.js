BRIEFINGS_SEARCH_WORDS("two",{
"two":"5a,1,4,u,p,6,1,4,m,1,3,3,1;5a,1v,r"
});
