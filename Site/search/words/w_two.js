BRIEFINGS_SEARCH_WORDS("two",{
"two":"4u,1,4,t,x,5,2,1,q,1,3,3,1;4u,1v,7,s"
});
