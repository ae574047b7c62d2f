BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,p,8,1d,3s;47",
"arabe":"3,f,c,13,p,47,17;u,13,p",
"arabes":"2,f,i,w,2,1d,d,4e;z",
"arabiya":"7,3c,4i;7"
});
